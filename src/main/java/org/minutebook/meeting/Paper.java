package org.minutebook.meeting;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.minutebook.shared.AuditedEntity;

/** A report or other supporting document attached to an agenda item. */
@Entity
@Table(name = "paper")
public class Paper extends AuditedEntity {

    @NotNull
    @Column(name = "item_id")
    private Long itemId;

    @NotBlank
    private String title;

    private String author;

    /** The paper's text, loaded only when the paper itself is opened. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "body_text")
    private String bodyText;

    /** The uploaded file's name as the clerk gave it, its type (decided by the server) and size; null for text-only papers. */
    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    protected Paper() {
    }

    public Paper(Long itemId, String title, String author, String bodyText) {
        this.itemId = itemId;
        this.title = title;
        this.author = author;
        this.bodyText = bodyText;
    }

    Paper withFile(String fileName, String contentType, long sizeBytes) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        return this;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public boolean hasFile() {
        return fileName != null;
    }

    public Long getItemId() {
        return itemId;
    }

    public String getTitle() {
        return title;
    }

    public String getAuthor() {
        return author;
    }

    public String getBodyText() {
        return bodyText;
    }
}
