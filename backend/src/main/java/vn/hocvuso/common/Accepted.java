package vn.hocvuso.common;

import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The answer to a request that starts work in the background (a report, a roster import): 202 with the work's state,
 * and a {@code Location} where the client reads that state again until the work is done.
 */
public final class Accepted {

    private Accepted() {}

    public static <T> RestResponse<T> at(String location, T state) {
        return RestResponse.ResponseBuilder.<T>create(RestResponse.Status.ACCEPTED)
                .entity(state)
                .location(URI.create(location))
                .build();
    }
}
