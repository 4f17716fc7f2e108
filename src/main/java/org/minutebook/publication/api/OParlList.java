package org.minutebook.publication.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of an OParl list: {"data": […], "pagination": {…}, "links": {"first", "prev", "next", "last"}}.
 * Pages are numbered from 1, as in OParl's examples.
 */
public record OParlList<T>(
        @Schema(requiredMode = RequiredMode.REQUIRED) List<T> data,
        @Schema(requiredMode = RequiredMode.REQUIRED) OParl.Pagination pagination,
        @Schema(requiredMode = RequiredMode.REQUIRED) OParl.Links links) {

    static final int PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;

    /**
     * @param self the list's URL with its filters, without paging parameters
     */
    static <T> OParlList<T> page(List<T> all, int page, int size, UriComponentsBuilder self) {
        int perPage = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int totalPages = Math.max(1, (all.size() + perPage - 1) / perPage);
        int current = Math.max(1, Math.min(page, totalPages));
        List<T> data = all.subList(Math.min(all.size(), (current - 1) * perPage), Math.min(all.size(), current * perPage));
        return new OParlList<>(List.copyOf(data), new OParl.Pagination(all.size(), perPage, current, totalPages),
                new OParl.Links(link(self, 1, perPage),
                        current > 1 ? link(self, current - 1, perPage) : null,
                        current < totalPages ? link(self, current + 1, perPage) : null,
                        link(self, totalPages, perPage)));
    }

    private static String link(UriComponentsBuilder self, int page, int size) {
        UriComponentsBuilder b = self.cloneBuilder().replaceQueryParam("page", page);
        if (size != PAGE_SIZE) {
            b.replaceQueryParam("pageSize", size);
        }
        return b.build().toUriString();
    }
}
