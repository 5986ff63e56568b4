package vn.hocvuso.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** The paging parameters every list takes: {@code page} from 1, {@code size} up to 100. */
public class PageRequest {

    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("1")
    @Min(1)
    @Max(100_000)
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    public int size;

    public static PageRequest of(int page, int size) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        return request;
    }

    public int offset() {
        return (page - 1) * size;
    }

    /** How many pages of this size {@code totalItems} fill (0 for none). */
    public int totalPages(long totalItems) {
        return (int) ((totalItems + size - 1) / size);
    }

    /** This page of a list read whole (the figures' tables, ranked in memory). */
    public <T> List<T> slice(List<T> all) {
        return all.stream().skip(offset()).limit(size).toList();
    }
}
