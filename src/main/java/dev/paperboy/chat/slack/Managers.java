package dev.paperboy.chat.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may change a channel's tags, schedule, size and layout ({@code slack.managers}). Slack has no permission
 * that means "may steer this bot", so it is configured: empty lets every member, as a small team expects; user
 * ids name the people; {@value #ADMINS} lets the workspace's admins and owners, looked up with
 * {@code users.info}.
 */
final class Managers {

    static final String ADMINS = "admins";
    private static final Logger log = LoggerFactory.getLogger(Managers.class);

    private final Set<String> allowed;
    private final MethodsClient client;

    Managers(Set<String> allowed, MethodsClient client) {
        this.allowed = Set.copyOf(allowed);
        this.client = client;
    }

    boolean canManage(String userId) {
        if (allowed.isEmpty() || allowed.contains(userId)) {
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
