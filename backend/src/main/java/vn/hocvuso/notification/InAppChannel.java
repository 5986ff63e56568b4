package vn.hocvuso.notification;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The inbox in the web app: the message row is the message, so sending only marks it sent. Always on. */
@ApplicationScoped
public class InAppChannel implements Channel {

    @Override
    public ChannelName name() {
        return ChannelName.IN_APP;
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public String howToEnable() {
        return "always on";
    }

    @Override
    public Uni<String> send(Outgoing message) {
        return Uni.createFrom().nullItem();
    }
}
