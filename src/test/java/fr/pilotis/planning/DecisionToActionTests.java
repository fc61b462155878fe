package fr.pilotis.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pilotis.planning.PlanningWorld.World;
import fr.pilotis.support.PilotisTest;
import fr.pilotis.support.SignIn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A minutes' decision becomes one action of the group's collective plan, by the group's expert only. */
@PilotisTest
class DecisionToActionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Meetings meetings;

    @Autowired
    JdbcTemplate jdbc;

    World world;
    long decisionId;
    long criterionId;

    @BeforeEach
    void aMeetingWithADecision() {
        world = new PlanningWorld(context).create();
        criterionId = jdbc.queryForObject(
                "select id from criterion where network_id = ? and code = '4.2.9'", Long.class, world.network());
        decisionId = world.in(() -> {
            long meeting = meetings.create(
                    world.group1(), PlanningWorld.meeting(LocalDate.now().minusDays(3), BigDecimal.ONE));
            return meetings.addDecision(meeting, "Réécrire le livret d'accueil commun", List.of());
        });
        // the decision names a criterion, as the minutes form lets the expert do
        jdbc.update(
                "insert into meeting_decision_criterion (id, network_id, decision_id, criterion_id)"
                        + " values (nextval('meeting_decision_criterion_seq'), ?, ?, ?)",
                world.network(),
                decisionId,
                criterionId);
    }

    private String turn(String email) throws Exception {
        return mvc.perform(post("/meetings/decisions/" + decisionId + "/action")
                        .cookie(SignIn.as(mvc, email))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private long actions() {
        return jdbc.queryForObject(
                "select count(*) from action_item where network_id = ? and working_group_id = ?",
                Long.class,
                world.network(),
                world.group1());
    }

    @Test
    void theGroupsExpertTurnsADecisionIntoOneLinkedAction() throws Exception {
        String location = turn(world.expert1());
        assertThat(location).matches("/actions/\\d+");
        long actionId = Long.parseLong(location.substring("/actions/".length()));

        assertThat(jdbc.queryForObject("select title from action_item where id = ?", String.class, actionId))
                .isEqualTo("Réécrire le livret d'accueil commun");
        assertThat(jdbc.queryForObject("select status from action_item where id = ?", String.class, actionId))
                .isEqualTo("TODO");
        assertThat(jdbc.queryForList(
                        "select criterion_id from action_criterion where action_id = ?", Long.class, actionId))
                .containsExactly(criterionId);
        assertThat(jdbc.queryForObject("select action_id from meeting_decision where id = ?", Long.class, decisionId))
                .isEqualTo(actionId);

        // a second click leads to the same action and creates nothing
        assertThat(turn(world.expert1())).isEqualTo(location);
        assertThat(actions()).isEqualTo(1);
    }

    @Test
    void nobodyElseTurnsIt() throws Exception {
        for (String other : List.of(world.expert2(), world.referentA(), world.directorA(), world.funder())) {
            mvc.perform(post("/meetings/decisions/" + decisionId + "/action")
                            .cookie(SignIn.as(mvc, other))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
        }
        assertThat(actions()).isZero();
        assertThat(jdbc.queryForObject("select action_id from meeting_decision where id = ?", Long.class, decisionId))
                .isNull();
        // the pilot reads the plan but does not write it
        mvc.perform(post("/meetings/decisions/" + decisionId + "/action")
                        .cookie(SignIn.as(mvc, world.pilot()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        // the admin may
        mvc.perform(post("/meetings/decisions/" + decisionId + "/action")
                        .cookie(SignIn.as(mvc, world.admin()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(actions()).isEqualTo(1);
    }
}
