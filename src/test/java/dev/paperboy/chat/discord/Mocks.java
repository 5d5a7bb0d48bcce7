package dev.paperboy.chat.discord;

import static org.mockito.Mockito.withSettings;

import org.mockito.Answers;
import org.mockito.MockMakers;
import org.mockito.Mockito;

/**
 * Mocks of JDA's public types. JDA's interfaces are huge, so they are mocked by subclassing, which is several
 * times faster to set up than instrumenting them inline; none of the types mocked here is final.
 */
final class Mocks {

    private Mocks() {
    }

    static <T> T of(Class<T> type) {
        return Mockito.mock(type, withSettings().mockMaker(MockMakers.SUBCLASS));
    }

    /** A fluent request (a JDA RestAction) whose setters return itself. */
    static <T> T fluent(Class<T> type) {
        return Mockito.mock(type, withSettings().mockMaker(MockMakers.SUBCLASS).defaultAnswer(Answers.RETURNS_SELF));
    }
}
