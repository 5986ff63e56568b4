package vn.hocvuso.notification;

import java.util.List;
import java.util.Set;

/**
 * What a message is about. Each kind names the variables its templates may use (and those they must),
 * the channels it may go by, and whether it is transactional: asked for by the person at this moment
 * (a reset code), so never deferred by quiet hours, throttled per person or subject to opt-out.
 */
public enum Kind {
    PASSWORD_RESET_CODE(ChannelName.SMS, ChannelName.ZALO_ZNS, ChannelName.EMAIL),
    /** A new account a helper registered: the person's own code to set their first password. */
    ACCOUNT_SETUP_CODE(ChannelName.SMS, ChannelName.ZALO_ZNS, ChannelName.EMAIL),
    /** The code that proves a phone number at registration, where a deployment asks for it. */
    PHONE_VERIFICATION_CODE(ChannelName.SMS, ChannelName.ZALO_ZNS),
    CERTIFICATE_ISSUED(
            List.of("name", "course", "code", "link"),
            Set.of("link"),
            Set.of(ChannelName.IN_APP, ChannelName.EMAIL, ChannelName.SMS, ChannelName.ZALO_ZNS)),
    /** Enrolled, no lesson opened after {@code reminders.not-started-after} (Reminders). */
    REMINDER_NOT_STARTED(List.of("name", "course", "days", "link"), Set.of("link"), Set.of(ChannelName.values())),
    /** Stopped mid-course for {@code reminders.stalled-after}: "Còn 3 bài nữa là xong". */
    REMINDER_STALLED(List.of("name", "course", "lessonsLeft", "link"), Set.of("link"), Set.of(ChannelName.values())),
    /** Failed the final test; the next attempt is open now. */
    REMINDER_RETAKE_OPEN(List.of("name", "course", "link"), Set.of("link"), Set.of(ChannelName.values())),
    /**
     * A unit or agency manager's weekly digest (Digests). Several lines of figures: in-app and e-mail
     * only, never an SMS.
     */
    MANAGER_DIGEST(
            List.of("name", "place", "asOf", "targets", "followUp", "link"),
            Set.of("targets", "link"),
            Set.of(ChannelName.IN_APP, ChannelName.EMAIL)),
    /** Bulk messages a unit manager sends to a follow-up list (BulkMessages): to the not enrolled... */
    BULK_INVITE(List.of("name", "unit", "link"), Set.of("link"), Set.of(ChannelName.values())),
    /** ...to those who have not finished the lessons... */
    BULK_CONTINUE(List.of("name", "unit", "link"), Set.of("link"), Set.of(ChannelName.values())),
    /** ...and to those who have finished them but not passed the test. */
    BULK_TAKE_TEST(List.of("name", "unit", "link"), Set.of("link"), Set.of(ChannelName.values()));

    private final boolean transactional;
    private final boolean secret;
    private final List<String> variables;
    private final Set<String> required;
    private final Set<ChannelName> channels;

    /** A one-time code the person asked for: transactional and secret, its {@code code} valid for {@code minutes}. */
    Kind(ChannelName... channels) {
        this(true, true, List.of("code", "minutes"), Set.of("code"), Set.of(channels));
    }

    /** A message the person did not ask for at this moment: deferred by quiet hours, throttled, and optional. */
    Kind(List<String> variables, Set<String> required, Set<ChannelName> channels) {
        this(false, false, variables, required, channels);
    }

    Kind(
            boolean transactional,
            boolean secret,
            List<String> variables,
            Set<String> required,
            Set<ChannelName> channels) {
        this.transactional = transactional;
        this.secret = secret;
        this.variables = variables;
        this.required = required;
        this.channels = channels;
    }

    public boolean transactional() {
        return transactional;
    }

    /** Its variables are erased once sent, and its text is never shown in the log or an inbox. */
    public boolean secret() {
        return secret;
    }

    public List<String> variables() {
        return variables;
    }

    public Set<String> required() {
        return required;
    }

    public Set<ChannelName> channels() {
        return channels;
    }

    /** Whether a person can turn it off (on a channel other than the in-app inbox). */
    public boolean optional() {
        return !transactional;
    }

    public static Kind parse(String name) {
        for (Kind kind : values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
