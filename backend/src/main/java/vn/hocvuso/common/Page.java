package vn.hocvuso.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list, the same shape for every list of the API. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        return new Page<>(items, request.page, request.size, totalItems, request.totalPages(totalItems));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
