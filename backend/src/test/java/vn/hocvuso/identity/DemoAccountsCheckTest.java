package vn.hocvuso.identity;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo accounts (one known password, one administrator) never start with the production profile alone. */
class DemoAccountsCheckTest {

    @Test
    void theProductionProfileRefusesToStartWithDemoAccountsAndSaysWhatToDo() {
        assertThatThrownBy(() -> AccountBootstrap.refuseDemoInProduction(true, List.of("prod")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HOCVUSO_DEMO")
                .hasMessageContaining("production profile")
                .hasMessageContaining("QUARKUS_PROFILE=prod,demo");
    }

    @Test
    void demonstrationsDevelopmentAndTestsMayUseThem() {
        assertThatNoException()
                .isThrownBy(() -> AccountBootstrap.refuseDemoInProduction(true, List.of("demo", "prod")));
        assertThatNoException().isThrownBy(() -> AccountBootstrap.refuseDemoInProduction(true, List.of("dev")));
        assertThatNoException().isThrownBy(() -> AccountBootstrap.refuseDemoInProduction(true, List.of("test")));
        assertThatNoException().isThrownBy(() -> AccountBootstrap.refuseDemoInProduction(false, List.of("prod")));
    }
}
