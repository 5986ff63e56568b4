package vn.hocvuso.notification;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/** Every channel by name, and at start-up one log line saying which are on and how to turn on the others. */
@ApplicationScoped
public class Channels {

    private static final Logger LOG = Logger.getLogger(Channels.class);

    private final Map<ChannelName, Channel> byName = new EnumMap<>(ChannelName.class);

    public Channels(Instance<Channel> channels) {
        channels.forEach(c -> byName.put(c.name(), c));
    }

    void report(@Observes StartupEvent event) {
        for (Channel c : all()) {
            if (c.enabled()) {
                LOG.infof("Notifications: channel %s is on", c.name());
            } else {
                LOG.infof(
                        "Notifications: channel %s is off; to turn it on set %s (docs/notifications.md)",
                        c.name(), c.howToEnable());
            }
        }
    }

    public Channel get(ChannelName name) {
        return byName.get(name);
    }

    public List<Channel> all() {
        return List.of(ChannelName.values()).stream().map(byName::get).toList();
    }

    /** The channel a phone number is reached by for this kind: Zalo when it carries the kind, else SMS; or null. */
    public ChannelName forPhone(Kind kind) {
        if (kind.channels().contains(ChannelName.ZALO_ZNS)
                && get(ChannelName.ZALO_ZNS).carries(kind)) {
            return ChannelName.ZALO_ZNS;
        }
        if (kind.channels().contains(ChannelName.SMS) && get(ChannelName.SMS).carries(kind)) {
            return ChannelName.SMS;
        }
        return null;
    }

    public boolean carries(ChannelName name, Kind kind) {
        return kind.channels().contains(name) && get(name).carries(kind);
    }
}
