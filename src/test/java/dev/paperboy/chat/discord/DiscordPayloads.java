package dev.paperboy.chat.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.Permission;

/**
 * Discord's objects as the gateway and the REST API send them (users, members, roles, channels, the guild,
 * messages, interactions), in the shapes of Discord's documentation and of the captured payloads in
 * {@code shared/fixtures}, written for the local Discord's one server.
 */
final class DiscordPayloads {

    static final ObjectMapper JSON = new ObjectMapper();
    static final long BOT = 1000000000000000001L;
    static final long GUILD = 1100000000000000001L;
    static final long MODERATORS = 1110000000000000002L;
    static final long BOT_ROLE = 1110000000000000003L;
    static final long CHANNEL = 1200000000000000001L;
    static final long OWNER = 1500000000000000001L;
    static final long ADMIN = 1500000000000000002L;
    static final long MEMBER = 1500000000000000003L;
    static final String JOINED = "2025-01-02T03:04:05.000000+00:00";

    /** What members may do anywhere in the server. */
    static final long EVERYONE_PERMISSIONS = Permission.getRaw(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
            Permission.MESSAGE_HISTORY, Permission.MESSAGE_ADD_REACTION, Permission.USE_APPLICATION_COMMANDS);
    /** What the invite URL gives Paperboy's role. */
    static final long BOT_PERMISSIONS = Permission.getRaw(DiscordAdapter.INVITE_PERMISSIONS);

    private DiscordPayloads() {
    }

    static ObjectNode user(long id, String name, boolean bot) {
        ObjectNode user = JSON.createObjectNode().put("id", Long.toString(id)).put("username", name).put("global_name", name)
                .put("discriminator", "0").putNull("avatar").put("public_flags", 0).put("flags", 0);
        if (bot) {
            user.put("bot", true);
        }
        return user;
    }

    static ObjectNode member(long id, String name, List<Long> roles) {
        ObjectNode member = JSON.createObjectNode();
        member.set("user", user(id, name, id == BOT));
        ArrayNode ids = member.putArray("roles");
        roles.forEach(r -> ids.add(Long.toString(r)));
        return member.put("joined_at", JOINED).putNull("nick").putNull("avatar").putNull("premium_since").put("deaf", false)
                .put("mute", false).put("pending", false).put("flags", 0).putNull("communication_disabled_until");
    }

    static ObjectNode role(long id, String name, int position, long permissions) {
        ObjectNode role = JSON.createObjectNode();
        role.putObject("colors").put("primary_color", 0).putNull("secondary_color").putNull("tertiary_color");
        return role.put("id", Long.toString(id)).put("name", name).put("color", 0).put("hoist", false)
                .putNull("icon").putNull("unicode_emoji").put("position", position).put("permissions", Long.toString(permissions))
                .put("managed", false).put("mentionable", false).put("flags", 0);
    }

    /** A text channel; {@code botDenied} are the permissions an override takes from Paperboy's role there. */
    static ObjectNode textChannel(long id, String name, long botDenied) {
        ObjectNode channel = JSON.createObjectNode().put("id", Long.toString(id)).put("type", 0).put("guild_id", Long.toString(GUILD))
                .put("name", name).put("position", 0).putNull("topic").put("nsfw", false).putNull("last_message_id")
                .put("rate_limit_per_user", 0).putNull("parent_id").put("flags", 0);
        ArrayNode overrides = channel.putArray("permission_overwrites");
        if (botDenied != 0) {
            overrides.addObject().put("id", Long.toString(BOT_ROLE)).put("type", 0).put("allow", "0").put("deny", Long.toString(botDenied));
        }
        return channel;
    }

    static ObjectNode thread(long id, long parent, String name) {
        ObjectNode thread = JSON.createObjectNode().put("id", Long.toString(id)).put("type", 11).put("guild_id", Long.toString(GUILD))
                .put("parent_id", Long.toString(parent)).put("owner_id", Long.toString(BOT)).put("name", name)
                .putNull("last_message_id").put("rate_limit_per_user", 0).put("message_count", 0).put("member_count", 1)
                .put("total_message_sent", 0).put("flags", 0);
        thread.putObject("thread_metadata").put("archived", false).put("auto_archive_duration", 1440)
                .put("archive_timestamp", Instant.now().toString()).put("locked", false);
        return thread;
    }

    static ObjectNode guild(List<ObjectNode> channels) {
        ObjectNode guild = JSON.createObjectNode().put("id", Long.toString(GUILD)).put("name", "Paper Lab").putNull("icon")
                .put("owner_id", Long.toString(OWNER)).put("unavailable", false).put("large", false).put("member_count", 4)
                .put("joined_at", JOINED).put("preferred_locale", "en-US").put("afk_timeout", 300).put("verification_level", 0)
                .put("default_message_notifications", 0).put("explicit_content_filter", 0).put("mfa_level", 0).put("nsfw_level", 0)
                .put("premium_tier", 0).put("premium_progress_bar_enabled", false).put("system_channel_flags", 0).put("max_members", 500000);
        guild.putArray("roles").add(role(GUILD, "@everyone", 0, EVERYONE_PERMISSIONS))
                .add(role(MODERATORS, "Moderators", 1, Permission.getRaw(Permission.MANAGE_CHANNEL)))
                .add(role(BOT_ROLE, "Paperboy", 2, BOT_PERMISSIONS));
        guild.putArray("channels").addAll(channels);
        guild.putArray("members").add(member(BOT, "Paperboy", List.of(BOT_ROLE)));
        for (String empty : List.of("threads", "emojis", "stickers", "voice_states", "presences", "guild_scheduled_events",
                "soundboard_sounds", "features", "stage_instances")) {
            guild.putArray(empty);
        }
        return guild;
    }

    static ObjectNode ready() {
        ObjectNode ready = JSON.createObjectNode().put("v", 10);
        ready.set("user", user(BOT, "Paperboy", true).put("verified", true).put("mfa_enabled", false));
        ready.putArray("guilds").addObject().put("id", Long.toString(GUILD)).put("unavailable", true);
        ready.putArray("private_channels");
        ready.putArray("relationships");
        ready.putObject("application").put("id", Long.toString(BOT)).put("flags", 0);
        ready.putArray("_trace").add("[\"local-discord\",{}]");
        return ready;
    }

    static ObjectNode message(long id, long channel, JsonNode body, String timestamp) {
        ObjectNode message = JSON.createObjectNode().put("id", Long.toString(id)).put("channel_id", Long.toString(channel))
                .put("guild_id", Long.toString(GUILD)).put("content", body.path("content").asText(""))
                .put("timestamp", timestamp).putNull("edited_timestamp").put("tts", false).put("mention_everyone", false)
                .put("pinned", false).put("flags", body.path("flags").asInt(0)).put("type", body.has("message_reference") ? 19 : 0);
        message.set("author", user(BOT, "Paperboy", true));
        message.putArray("mentions");
        message.putArray("mention_roles");
        message.putArray("attachments");
        message.putArray("components");
        ArrayNode embeds = message.putArray("embeds");
        for (JsonNode embed : body.path("embeds")) {
            embeds.add(((ObjectNode) embed.deepCopy()).put("type", "rich"));
        }
        if (body.has("nonce")) {
            message.set("nonce", body.get("nonce"));
        }
        if (body.has("message_reference")) {
            message.putObject("message_reference").put("type", 0).put("message_id", body.path("message_reference").path("message_id").asText())
                    .put("channel_id", Long.toString(channel)).put("guild_id", Long.toString(GUILD));
        }
        return message;
    }

    /**
     * An INTERACTION_CREATE for {@code /papers <subcommand>}: type 2 (a command) or 4 (autocomplete, with the
     * option being typed marked focused), from a member, in the shape of the 2024 captured payload.
     */
    static ObjectNode interaction(long id, String token, long commandId, long channel, long user, boolean moderator, String subcommand,
                                  Map<String, Object> options, String focused) {
        ObjectNode interaction = JSON.createObjectNode().put("id", Long.toString(id)).put("application_id", Long.toString(BOT))
                .put("type", focused == null ? 2 : 4).put("token", token).put("version", 1).put("guild_id", Long.toString(GUILD))
                .put("channel_id", Long.toString(channel)).put("locale", "en-US").put("guild_locale", "en-US")
                .put("app_permissions", Long.toString(BOT_PERMISSIONS)).put("context", 0);
        interaction.putObject("guild").put("id", Long.toString(GUILD)).put("locale", "en-US").putArray("features");
        interaction.putObject("authorizing_integration_owners").put("0", Long.toString(GUILD));
        interaction.putArray("entitlements");
        interaction.putArray("entitlement_sku_ids");
        long permissions = EVERYONE_PERMISSIONS | (moderator ? Permission.getRaw(Permission.MANAGE_CHANNEL) : 0);
        interaction.set("channel", textChannel(channel, "papers", 0).put("permissions", Long.toString(permissions)));
        interaction.set("member", member(user, "member" + (user % 100), moderator ? List.of(MODERATORS) : List.of())
                .put("permissions", Long.toString(permissions)));
        ObjectNode data = interaction.putObject("data").put("id", Long.toString(commandId)).put("name", "papers").put("type", 1)
                .put("guild_id", Long.toString(GUILD));
        ObjectNode sub = data.putArray("options").addObject().put("name", subcommand).put("type", 1);
        ArrayNode values = sub.putArray("options");
        options.forEach((name, value) -> {
            ObjectNode option = values.addObject().put("name", name);
            if (value instanceof Integer n) {
                option.put("type", 4).put("value", n);
            } else {
                option.put("type", 3).put("value", value.toString());
            }
            if (name.equals(focused)) {
                option.put("focused", true);
            }
        });
        return interaction;
    }

    static ObjectNode reaction(boolean added, long user, long channel, long message, long author, String emoji) {
        ObjectNode reaction = JSON.createObjectNode().put("user_id", Long.toString(user)).put("channel_id", Long.toString(channel))
                .put("message_id", Long.toString(message)).put("guild_id", Long.toString(GUILD)).put("burst", false).put("type", 0);
        reaction.putObject("emoji").putNull("id").put("name", emoji);
        if (added) {
            reaction.put("message_author_id", Long.toString(author));
            // Discord sends the reacting member whole; JDA updates its cache from it, roles included.
            reaction.set("member", user == BOT ? member(BOT, "Paperboy", List.of(BOT_ROLE)) : member(user, "member" + (user % 100), List.of()));
            reaction.putArray("burst_colors");
        }
        return reaction;
    }
}
