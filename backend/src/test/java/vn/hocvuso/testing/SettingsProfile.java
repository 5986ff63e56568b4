package vn.hocvuso.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A test profile that only changes settings, each written as application.properties would hold it:
 * {@code "hocvuso.backups.enabled=true"} (the value may be empty: {@code "hocvuso.notifications.sms.api-key="}).
 * A test class that needs them names its subclass in {@code @TestProfile}.
 */
public abstract class SettingsProfile implements QuarkusTestProfile {

    private final Map<String, String> overrides = new LinkedHashMap<>();

    protected SettingsProfile(String... settings) {
        for (String setting : settings) {
            int equals = setting.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("not key=value: " + setting);
            }
            overrides.put(setting.substring(0, equals), setting.substring(equals + 1));
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return overrides;
    }
}
