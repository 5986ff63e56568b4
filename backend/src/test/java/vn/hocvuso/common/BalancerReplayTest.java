package vn.hocvuso.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Api;

/**
 * The load balancer may send a POST that a dead replica held to another replica only when the API makes the
 * second copy harmless: the operation honours the {@code Idempotency-Key} it carries. The balancer's list of
 * those operations (scripts/cluster/haproxy.cfg, {@code honours_idempotency_key}, also the compose cluster's)
 * must be the contract's operations with the {@code IdempotencyKey} parameter: one missing is a retry lost,
 * one too many a POST done twice on a replica's death.
 */
class BalancerReplayTest {

    private static final Path BALANCER = Path.of("../scripts/cluster/haproxy.cfg");
    private static final Pattern ACL =
            Pattern.compile("^\\s*acl honours_idempotency_key path_reg (\\S+)\\s*$", Pattern.MULTILINE);

    @Test
    void theBalancerReplaysExactlyThePostsWhoseOperationHonoursTheIdempotencyKey() throws IOException {
        List<Pattern> replayed = replayedPaths();
        assertThat(replayed).as("the balancer's honours_idempotency_key paths").isNotEmpty();
        TreeSet<String> keyed = new TreeSet<>();
        TreeSet<String> wronglyReplayed = new TreeSet<>();
        TreeSet<String> notReplayed = new TreeSet<>();
        JsonNode paths = new ObjectMapper(new YAMLFactory())
                .readTree(Api.CONTRACT.toFile())
                .path("paths");
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            JsonNode post = path.getValue().path("post");
            if (post.isMissingNode()) {
                continue;
            }
            // A request's path as it reaches the balancer: each parameter an id.
            String sample = path.getKey().replaceAll("\\{[^}]+}", "0b6f2c64-5a2e-4c1f-9d3a-7e2b8c9d0a1f");
            boolean honours = post.path("parameters").toString().contains("#/components/parameters/IdempotencyKey");
            boolean matched = replayed.stream().anyMatch(p -> p.matcher(sample).matches());
            if (honours) {
                keyed.add(path.getKey());
                if (!matched) {
                    notReplayed.add(path.getKey());
                }
            } else if (matched) {
                wronglyReplayed.add(path.getKey());
            }
        }
        assertThat(keyed)
                .as("the contract's POSTs that accept an Idempotency-Key")
                .hasSizeGreaterThan(5);
        assertThat(notReplayed)
                .as("POSTs that honour the key but the balancer never replays")
                .isEmpty();
        assertThat(wronglyReplayed)
                .as("POSTs that ignore the key but the balancer would replay (done twice)")
                .isEmpty();
    }

    private static List<Pattern> replayedPaths() throws IOException {
        Matcher acl = ACL.matcher(Files.readString(BALANCER));
        return acl.results().map(m -> Pattern.compile(m.group(1))).toList();
    }
}
