package org.minutebook.meeting;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.NoSuchElementException;
import org.minutebook.people.InvalidField;
import org.springframework.security.access.AccessDeniedException;

/**
 * The papers of one agenda item: the list (each a link to its public address), removing one, and uploading a new one
 * with its title. The upload field says its types and size limit beside itself; the browser refuses other files at
 * once, and the paper service checks again on the server (by name and content), its refusal shown beside the field.
 */
class PapersDialog extends Dialog {

    private final PaperService papers;
    private final MeetingService meetings;
    private final long itemId;
    final UnorderedList list = new UnorderedList();
    final TextField title = new TextField("Title of the paper");
    final TextField author = new TextField("Author (optional)");
    final Upload upload;
    final Span fileError = new Span();
    final Span chosen = new Span();
    final Button add = new Button("Add paper");
    String fileName;
    byte[] bytes;

    PapersDialog(PaperService papers, MeetingService meetings, MeetingService.NumberedItem item) {
        this.papers = papers;
        this.meetings = meetings;
        this.itemId = item.id();
        setHeaderTitle("Papers of " + item.heading());
        setWidth("min(44rem, 100vw)");
        list.addClassName("paper-list");

        title.setWidthFull();
        title.setMaxLength(500);
        title.setRequiredIndicatorVisible(true);
        author.setWidthFull();

        upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            fileName = metadata.fileName();
            bytes = data;
            fileError.setText("");
            chosen.setText("Ready to add: " + fileName);
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) papers.maxSize().toBytes());
        upload.setAcceptedFileTypes(PaperService.acceptedExtensions().toArray(String[]::new));
        upload.setId("paper-upload");
        upload.addFileRejectedListener(e -> fileError.setText(e.getErrorMessage() + ". " + papers.limits()));
        upload.addFileRemovedListener(e -> {
            fileName = null;
            bytes = null;
            chosen.setText("");
        });
        var uploadLabel = new NativeLabel("File");
        uploadLabel.setFor("paper-upload");
        var limits = new Span(papers.limits());
        limits.setId("paper-limits");
        limits.addClassName("field-hint");
        upload.getElement().setAttribute("aria-describedby", "paper-limits paper-file-error");
        fileError.setId("paper-file-error");
        fileError.addClassName("field-error");
        fileError.getElement().setAttribute("role", "alert");
        chosen.addClassName("muted");

        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(e -> save());
        var form = new Div(new H3("Add a paper"), title, author, uploadLabel, limits, upload, fileError, chosen);
        form.addClassName("paper-form");
        add(list, form);
        getFooter().add(new Button("Close", e -> close()), add);
        refresh();
    }

    void refresh() {
        list.removeAll();
        var current = meetings.papersOf(java.util.List.of(itemId));
        if (current.isEmpty()) {
            list.add(new ListItem("No papers yet."));
        }
        for (Paper p : current) {
            var remove = new Button("Remove", e -> {
                try {
                    papers.remove(p.getId());
                    Messages.done("Paper removed.");
                } catch (NoSuchElementException | AccessDeniedException ex) {
                    Messages.refused(ex.getMessage());
                }
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
            remove.setAriaLabel("Remove " + p.getTitle());
            var name = p.hasFile() ? new Anchor("/public/papers/" + p.getId(), p.getTitle()) : new Span(p.getTitle());
            var file = new Span(p.hasFile() ? " (" + p.getFileName() + ") " : " ");
            file.addClassName("muted");
            list.add(new ListItem(name, file, remove));
        }
    }

    void save() {
        title.setInvalid(false);
        fileError.setText("");
        try {
            papers.upload(itemId, title.getValue(), author.getValue(), fileName, bytes);
            Messages.done("Paper \"" + title.getValue().strip() + "\" added.");
            title.clear();
            author.clear();
            upload.clearFileList();
            fileName = null;
            bytes = null;
            chosen.setText("");
            refresh();
        } catch (InvalidField ex) {
            if ("title".equals(ex.field())) {
                title.setErrorMessage(ex.getMessage());
                title.setInvalid(true);
                title.focus();
            } else {
                fileError.setText(ex.getMessage());
            }
        } catch (NoSuchElementException | AccessDeniedException | IllegalStateException ex) {
            Messages.refused(ex.getMessage());
        }
    }
}
