package dev.runstrength.platform.rest;

import java.util.List;

/** The paged answer shape shared by every list endpoint: items, page, size, total. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {
}
