package vn.hocvuso.notification;

/** The ways a message reaches a person. */
public enum ChannelName {
    /** The inbox in the web app (the bell): always on, no provider. */
    IN_APP,
    EMAIL,
    SMS,
    ZALO_ZNS;

    /** Whether a message on it may wake a phone: those wait for the end of quiet hours and are throttled. */
    public boolean interrupts() {
        return this != IN_APP;
    }

    public static ChannelName parse(String name) {
        for (ChannelName channel : values()) {
            if (channel.name().equals(name)) {
                return channel;
            }
        }
        return null;
    }
}
