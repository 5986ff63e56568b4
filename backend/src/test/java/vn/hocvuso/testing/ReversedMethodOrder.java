package vn.hocvuso.testing;

import java.util.Collections;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.MethodOrdererContext;

/**
 * The test methods of a class in reverse alphabetical order, to show that a class does not depend on the order
 * of its tests: {@code ./mvnw verify -Dtest=StatsFiguresTest
 * -Djunit.jupiter.testmethod.order.default=vn.hocvuso.testing.ReversedMethodOrder}.
 */
public class ReversedMethodOrder implements MethodOrderer {

    @Override
    public void orderMethods(MethodOrdererContext context) {
        new MethodOrderer.MethodName().orderMethods(context);
        Collections.reverse(context.getMethodDescriptors());
    }
}
