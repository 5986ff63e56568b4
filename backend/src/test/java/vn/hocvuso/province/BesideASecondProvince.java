package vn.hocvuso.province;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import vn.hocvuso.testing.SyntheticProvince;

/**
 * The tests of what a province administrator may do: Quảng Ngãi beside the synthetic second province ({@link
 * SyntheticProvince}), entered before a class's tests and removed after them.
 */
abstract class BesideASecondProvince {

    static final String SECOND = SyntheticProvince.CODE;
    static final String SECOND_UNIT = SyntheticProvince.UNIT;

    @BeforeAll
    static void twoProvinces() {
        SyntheticProvince.add();
    }

    @AfterAll
    static void onlyQuangNgaiAgain() {
        SyntheticProvince.remove();
    }
}
