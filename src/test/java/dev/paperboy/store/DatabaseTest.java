package dev.paperboy.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What an operator reads when the database cannot be opened: the reason, never a credential from the URL. */
class DatabaseTest {

    @Test
    void givenAMigrationThatFails_whenTheDatabaseOpens_thenTheErrorNamesTheDatabaseButNotThePasswordInItsUrl() throws Exception {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;PASSWORD=hunter2";
        try (Connection c = DriverManager.getConnection(url, "sa", null); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE papers (id INT)"); // in the way of V1, so the migration fails
        }

        assertThatThrownBy(() -> Database.open(url, "sa", "hunter2", 2))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot migrate the database at jdbc:h2:mem:")
                .message().doesNotContain("hunter2");
    }

    @Test
    void givenAWrongPasswordInTheUrl_whenTheDatabaseOpens_thenTheErrorDoesNotRepeatIt() {
        String url = "jdbc:postgresql://paperboy:s3cret-pw@127.0.0.1:1/paperboy?password=s3cret-pw&connectTimeout=1";

        assertThatThrownBy(() -> Database.open(url, "paperboy", "s3cret-pw", 2))
                .isInstanceOf(StoreException.class)
                .message().contains("127.0.0.1:1/paperboy").doesNotContain("s3cret-pw");
    }

    @Test
    void anH2FileIsServedToOtherLocalProcessesButMemoryAndServerUrlsAreLeftAlone() {
        assertThat(Database.shared("jdbc:h2:retry:./data/paperboy;WRITE_DELAY=0")).endsWith(";AUTO_SERVER=TRUE");
        assertThat(Database.shared("jdbc:h2:mem:x")).isEqualTo("jdbc:h2:mem:x");
        assertThat(Database.shared("jdbc:h2:tcp://db/paperboy")).isEqualTo("jdbc:h2:tcp://db/paperboy");
        assertThat(Database.shared("jdbc:h2:./x;AUTO_SERVER=FALSE")).isEqualTo("jdbc:h2:./x;AUTO_SERVER=FALSE");
        assertThat(Database.shared("jdbc:postgresql://h/p")).isEqualTo("jdbc:postgresql://h/p");
    }
}
