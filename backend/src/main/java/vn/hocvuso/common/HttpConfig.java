package vn.hocvuso.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the HTTP layer ({@code hocvuso.http.*}). */
@ConfigMapping(prefix = "hocvuso.http")
public interface HttpConfig {

    /**
     * The largest JSON body: a lesson in Markdown (at most 50,000 characters, up to 3 bytes each in
     * Vietnamese); anything beyond is a mistake or abuse. Uploaded files have their own limit.
     */
    @WithDefault("256K")
    MemorySize maxJsonBodySize();
}
