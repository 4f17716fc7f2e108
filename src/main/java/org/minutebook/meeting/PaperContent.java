package org.minutebook.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of an uploaded paper, in a table of their own: read only when the paper is downloaded, never when an
 * agenda or record lists its papers.
 */
@Entity
@Table(name = "paper_content")
class PaperContent {

    @Id
    @Column(name = "paper_id")
    private Long paperId;

    @Column(name = "bytes", nullable = false)
    private byte[] bytes;

    protected PaperContent() {
    }

    PaperContent(Long paperId, byte[] bytes) {
        this.paperId = paperId;
        this.bytes = bytes;
    }

    byte[] getBytes() {
        return bytes;
    }
}
