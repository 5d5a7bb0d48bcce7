package dev.paperboy.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.channel.PapersCommand.Audience;
import dev.paperboy.channel.PapersCommand.Who;
import org.junit.jupiter.api.Test;

/** The rules each verb carries, which the handler and every adapter read: who may run it, who hears the answer. */
class PapersCommandRulesTest {

    private final CommandParser parser = new CommandParser();

    @Test
    void changesToTheChannelAreForManagersAndAnnouncedToEveryone() throws Exception {
        for (String text : new String[] {"subscribe rl", "unsubscribe rl", "schedule 09:00", "schedule off", "size 3", "layout thread", "bar 0.6", "bar auto", "forget"}) {
            PapersCommand command = parser.parse(text);
            assertThat(command.who()).as(text).isEqualTo(Who.MANAGERS);
            assertThat(command.audience()).as(text).isEqualTo(Audience.CHANNEL);
            assertThat(command.allows(new Caller("u1", false))).as(text).isFalse();
            assertThat(command.allows(new Caller("u1", true))).as(text).isTrue();
        }
    }

    @Test
    void lookupsAndVotesAreForAnyoneAndAnsweredToTheCallerAlone() throws Exception {
        for (String text : new String[] {"help", "tags", "digest", "search diffusion", "like 2501.00001", "why 2501.00001", "settings",
                "tag 2501.00001"}) {
            PapersCommand command = parser.parse(text);
            assertThat(command.who()).as(text).isEqualTo(Who.ANYONE);
            assertThat(command.audience()).as(text).isEqualTo(Audience.CALLER);
        }
        assertThat(parser.parse("seed 2501.00001").audience()).isEqualTo(Audience.CHANNEL);
    }

    @Test
    void correctingAPapersTagsIsCurationWhileLookingIsNot() throws Exception {
        assertThat(parser.parse("tag 2501.00001 +rl").who()).isEqualTo(Who.CURATORS);
        assertThat(parser.parse("tag 2501.00001 reset").who()).isEqualTo(Who.CURATORS);
        assertThat(parser.parse("tag 2501.00001 reset").allows(new Caller("u1", true, false))).as("a manager who does not curate").isFalse();
        assertThat(parser.parse("tag 2501.00001 -rl").allows(new Caller("u1", false, true))).isTrue();
        assertThat(parser.parse("tag 2501.00001").allows(new Caller("u1", false))).isTrue();
    }

    @Test
    void onlyCommandsThatAskForDigestsStartThem() throws Exception {
        for (String text : new String[] {"subscribe rl", "schedule 09:00", "seed 2501.00001", "digest"}) {
            assertThat(parser.parse(text).startsDigests()).as(text).isTrue();
        }
        for (String text : new String[] {"help", "tags", "search rl", "settings", "why 2501.00001", "like 2501.00001", "size 3",
            "layout thread", "bar off", "schedule off", "unsubscribe rl", "unseed 2501.00001", "forget", "tag 2501.00001 +rl"}) {
            assertThat(parser.parse(text).startsDigests()).as(text).isFalse();
        }
        assertThat(parser.parse("forget").who()).isEqualTo(Who.MANAGERS);
        assertThat(parser.parse("unseed 2501.00001").who()).isEqualTo(Who.ANYONE);
    }
}
