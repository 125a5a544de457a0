package cn.gongkai.problem;

import java.util.List;

/** An error that the API reports as problem details; thrown by services, mapped in {@link ProblemMappers}. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Violation> violations;

    public ApiException(int status, String slug, String title, String detail, List<Violation> violations) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public static ApiException invalidInput(String detail, List<Violation> violations) {
        return new ApiException(400, "invalid-input", "Invalid input", detail, violations);
    }

    public static ApiException invalidInput(Violation violation) {
        return invalidInput(violation.reason(), List.of(violation));
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "not-found", "Not found", detail, List.of());
    }

    public static ApiException conflict(String detail, List<Violation> violations) {
        return new ApiException(409, "conflict", "Conflict", detail, violations);
    }

    public static ApiException preconditionFailed(String detail) {
        return new ApiException(412, "precondition-failed", "Precondition failed", detail, List.of());
    }

    /** RFC 6585: the request must be conditional (If-Match) because it would replace something. */
    public static ApiException preconditionRequired(String detail) {
        return new ApiException(428, "precondition-required", "Precondition required", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Violation> violations() {
        return violations;
    }
}
