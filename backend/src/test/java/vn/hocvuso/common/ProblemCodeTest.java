package vn.hocvuso.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Api;

/**
 * The contract lists every problem code ({@code ProblemCode}) so clients can switch on a closed type; the
 * server's codes are the {@code problem.*} keys of its message catalogue (each has a Vietnamese and an
 * English text). The two lists must be equal: a code the server can send is in the contract, and a code
 * in the contract is one the server can send.
 */
class ProblemCodeTest {

    @Test
    void theContractListsExactlyTheCodesTheServerHasMessagesFor() throws IOException {
        TreeSet<String> inContract = new TreeSet<>();
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT.toFile());
        contract.at("/components/schemas/ProblemCode/enum").forEach(code -> inContract.add(code.asText()));

        assertThat(inContract).as("ProblemCode in openapi.yaml").isEqualTo(codes("i18n/messages.properties"));
        assertThat(inContract).as("English messages").isEqualTo(codes("i18n/messages_en.properties"));
    }

    @Test
    void theProblemSchemaTakesItsCodeFromTheList() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT.toFile());
        assertThat(contract.at("/components/schemas/Problem/properties/code/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/ProblemCode");
    }

    /** The problem codes of a catalogue: problem.&lt;code&gt;, without the generic fallbacks problem.generic.4xx/5xx. */
    private static TreeSet<String> codes(String resource) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = ProblemCodeTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        TreeSet<String> codes = new TreeSet<>();
        for (String key : messages.stringPropertyNames()) {
            if (key.startsWith("problem.") && !key.startsWith("problem.generic.")) {
                codes.add(key.substring("problem.".length()));
            }
        }
        return codes;
    }
}
