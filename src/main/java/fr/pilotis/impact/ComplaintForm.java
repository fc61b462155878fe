package fr.pilotis.impact;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A register entry as the referent types it. */
public class ComplaintForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;

    private ComplaintChannel channel;
    private String clientReference;
    private ComplaintCategory category;
    private String description;
    private String answerGiven;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate closedOn;

    private boolean referenceConfirmed;

    static ComplaintForm of(ComplaintView view) {
        ComplaintForm form = new ComplaintForm();
        form.receivedOn = view.receivedOn();
        form.channel = view.channel();
        form.clientReference = view.clientReference();
        form.category = view.category();
        form.description = view.description();
        form.answerGiven = view.answerGiven();
        form.closedOn = view.closedOn();
        form.referenceConfirmed = true;
        return form;
    }

    ComplaintInput input() {
        return new ComplaintInput(
                receivedOn, channel, clientReference, category, description, answerGiven, closedOn, referenceConfirmed);
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public ComplaintChannel getChannel() {
        return channel;
    }

    public void setChannel(ComplaintChannel channel) {
        this.channel = channel;
    }

    public String getClientReference() {
        return clientReference;
    }

    public void setClientReference(String clientReference) {
        this.clientReference = clientReference;
    }

    public ComplaintCategory getCategory() {
        return category;
    }

    public void setCategory(ComplaintCategory category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getAnswerGiven() {
        return answerGiven;
    }

    public void setAnswerGiven(String answerGiven) {
        this.answerGiven = answerGiven;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
    }

    public boolean isReferenceConfirmed() {
        return referenceConfirmed;
    }

    public void setReferenceConfirmed(boolean referenceConfirmed) {
        this.referenceConfirmed = referenceConfirmed;
    }
}
