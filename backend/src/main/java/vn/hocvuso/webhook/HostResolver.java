package vn.hocvuso.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** The system's name resolution (blocking: call it off the event loop). A bean, so tests can stand in for DNS. */
@ApplicationScoped
public class HostResolver {

    public List<InetAddress> resolve(String host) throws UnknownHostException {
        return List.of(InetAddress.getAllByName(host));
    }
}
