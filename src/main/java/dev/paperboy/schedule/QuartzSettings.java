package dev.paperboy.schedule;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How Quartz runs: its JDBC JobStore in Paperboy's own database, clustered, so every instance sharing the
 * database shares one schedule and each trigger fires on one instance only.
 *
 * @param instanceId unique among the processes sharing the database (it names this process in Quartz's tables)
 * @param idleWait   how long Quartz's scheduler thread sleeps when nothing is due; triggers added by another
 *                   instance are seen within it
 * @param checkin    how often an instance tells the cluster it is alive; a silent one's triggers are recovered
 */
public record QuartzSettings(String jdbcUrl, String user, String password, int threads, String instanceId,
                             Duration idleWait, Duration checkin) {

    /** Every instance sharing a database must use the same name: it keys Quartz's rows. */
    static final String SCHEDULER_NAME = "paperboy";

    private static final AtomicInteger DATA_SOURCES = new AtomicInteger();

    public QuartzSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("schedule.threads must be at least 1, got " + threads);
        }
    }

    /** The settings with Quartz's production timings. */
    public static QuartzSettings of(String jdbcUrl, String user, String password, int threads, String instanceId) {
        return new QuartzSettings(jdbcUrl, user, password, threads, instanceId, Duration.ofSeconds(30), Duration.ofMillis(7500));
    }

    /**
     * Quartz's properties. Quartz gets its own small HikariCP pool on the same database: handing it Paperboy's pool
     * would need a ConnectionProvider, which speaks java.sql, and only the store package does (ArchitectureTest).
     */
    Properties properties() {
        // Quartz keeps connection providers in a JVM-wide registry by name: a name per scheduler keeps two apart.
        String ds = "paperboy" + DATA_SOURCES.incrementAndGet();
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", SCHEDULER_NAME);
        p.setProperty("org.quartz.scheduler.instanceId", instanceId);
        p.setProperty("org.quartz.scheduler.idleWaitTime", Long.toString(idleWait.toMillis()));
        p.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
        p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(threads));
        p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        p.setProperty("org.quartz.threadPool.threadNamePrefix", "paperboy-job");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", jdbcUrl.startsWith("jdbc:postgresql:")
                ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate" : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", ds);
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", Long.toString(checkin.toMillis()));
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        // Job data as strings, not serialized Java objects: readable, and safe across versions.
        p.setProperty("org.quartz.jobStore.useProperties", "true");
        p.setProperty("org.quartz.dataSource." + ds + ".provider", "hikaricp");
        p.setProperty("org.quartz.dataSource." + ds + ".driver", driver(jdbcUrl));
        p.setProperty("org.quartz.dataSource." + ds + ".URL", jdbcUrl);
        p.setProperty("org.quartz.dataSource." + ds + ".user", user);
        p.setProperty("org.quartz.dataSource." + ds + ".password", password == null ? "" : password);
        // Each job thread may hold one (moving its trigger on), plus the scheduler thread, the cluster manager and
        // the misfire handler.
        p.setProperty("org.quartz.dataSource." + ds + ".maxConnections", Integer.toString(threads + 3));
        return p;
    }

    private static String driver(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return "org.h2.Driver";
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return "org.postgresql.Driver";
        }
        throw new IllegalArgumentException("db.url must be an H2 or PostgreSQL JDBC URL for the scheduler, got " + withoutOptions(jdbcUrl));
    }

    /** Never prints the password, nor URL options, which may hold one. */
    @Override
    public String toString() {
        return "QuartzSettings[url=" + withoutOptions(jdbcUrl) + ", user=" + user + ", threads=" + threads + ", instanceId=" + instanceId + "]";
    }

    private static String withoutOptions(String jdbcUrl) {
        return jdbcUrl.split("[;?]")[0];
    }
}
