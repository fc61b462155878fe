package fr.pilotis.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A date to come: a planning step or a meeting, with the page that tells more (null: none). */
public record AgendaItem(LocalDate date, LocalDate until, String kindKey, String title, String where, Long meetingId) {

    static final int SHOWN = 8;

    /** What comes next from today: open steps not yet over and meetings from today, soonest first. */
    static List<AgendaItem> of(List<StepView> steps, List<MeetingSummary> meetings, LocalDate today) {
        List<AgendaItem> items = new ArrayList<>();
        steps.stream()
                .filter(s -> s.status().isOpen() && !s.endsOn().isBefore(today))
                .forEach(s -> items.add(
                        new AgendaItem(s.startsOn(), s.endsOn(), "planning.kind." + s.kind(), s.title(), null, null)));
        meetings.stream()
                .filter(m -> !m.heldOn().isBefore(today))
                .forEach(m -> items.add(
                        new AgendaItem(m.heldOn(), null, "planning.agenda.meeting", m.groupName(), m.place(), m.id())));
        items.sort(Comparator.comparing(AgendaItem::date));
        return items.size() > SHOWN ? List.copyOf(items.subList(0, SHOWN)) : List.copyOf(items);
    }
}
