package dev.paperboy.chat.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A configured group of Slack users: who may change a channel's tags, schedule, size and layout
 * ({@code slack.managers}), or who curates papers' tags ({@code tags.curators}). Slack has no permission that means
 * "may steer this bot", so it is configured: user ids name the people; {@value #ADMINS} lets the workspace's admins
 * and owners, looked up with {@code users.info}. An empty list lets every member manage, as a small team expects,
 * but lets no one curate: a tag correction changes papers for every channel.
 */
final class Managers {

    static final String ADMINS = "admins";
    private static final Logger log = LoggerFactory.getLogger(Managers.class);

    private final Set<String> allowed;
    private final MethodsClient client;
    private final boolean emptyAllowsAll;

    Managers(Set<String> allowed, MethodsClient client, boolean emptyAllowsAll) {
        this.allowed = Set.copyOf(allowed);
        this.client = client;
        this.emptyAllowsAll = emptyAllowsAll;
    }

    /** The Slack entries of a list shared with other platforms: user ids ({@code U…}, {@code W…}) and {@value #ADMINS}. */
    static Set<String> slackEntries(java.util.Collection<String> entries) {
        return entries.stream().map(String::strip).filter(e -> e.equalsIgnoreCase(ADMINS) || e.matches("[UW][A-Z0-9]{2,}"))
                .map(e -> e.equalsIgnoreCase(ADMINS) ? ADMINS : e).collect(java.util.stream.Collectors.toSet());
    }

    boolean includes(String userId) {
        if (allowed.isEmpty() && emptyAllowsAll || allowed.contains(userId)) {
            return true;
        }
        return allowed.contains(ADMINS) && isAdmin(userId);
    }

    private boolean isAdmin(String userId) {
        try {
            UsersInfoResponse info = client.usersInfo(r -> r.user(userId));
            if (!info.isOk()) {
                log.warn("users.info failed user={} error={}; treating the user as not an admin", userId, info.getError());
                return false;
            }
            return info.getUser().isAdmin() || info.getUser().isOwner() || info.getUser().isPrimaryOwner();
        } catch (IOException | SlackApiException e) {
            log.warn("users.info failed user={}: {}; treating the user as not an admin", userId, e.getMessage());
            return false;
        }
    }
}
