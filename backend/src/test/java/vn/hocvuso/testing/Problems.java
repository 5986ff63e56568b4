package vn.hocvuso.testing;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

/** The API's one error answer (RFC 9457 problem+json), as a client checks it: {@code .then().spec(problem(…))}. */
public final class Problems {

    private Problems() {}

    /** A problem with this status, stable code and message in the request's language. */
    public static ResponseSpecification problem(int status, String code, String detail) {
        return new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectContentType("application/problem+json")
                .expectBody("code", equalTo(code))
                .expectBody("detail", equalTo(detail))
                .build();
    }

    /** A 400 whose first field violation is {@code field}'s, with this stable code and message. */
    public static ResponseSpecification violation(String field, String code, String message) {
        return new ResponseSpecBuilder()
                .expectStatusCode(400)
                .expectContentType("application/problem+json")
                .expectBody("violations[0].field", equalTo(field))
                .expectBody("violations[0].code", equalTo(code))
                .expectBody("violations[0].message", equalTo(message))
                .build();
    }
}
