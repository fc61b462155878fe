package fr.pilotis.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pilotis.impact.ComplaintCategory;
import fr.pilotis.support.PilotisTest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The schema as the migrations leave it, read from PostgreSQL's catalog. */
@PilotisTest
class SchemaTests {

    @Autowired
    JdbcTemplate jdbc;

    /**
     * Deleting or re-keying a referenced row makes PostgreSQL look up the referencing rows: without
     * an index that serves the foreign key, that is a scan of the whole table, under a lock. An index
     * serves it when its first columns are the key's columns in any order — or the key's columns
     * without {@code network_id}, ids being unique across networks — and it is whole or only leaves
     * out the rows where a key column is null (the lookup compares it to a value).
     */
    @Test
    void everyForeignKeyHasAnIndexThatServesIt() {
        List<String> unserved = jdbc.queryForList("""
                with fk as (
                    select c.conrelid, c.confrelid, c.conkey,
                           array(select k from unnest(c.conkey) k
                                  where k <> all (select attnum from pg_attribute
                                                   where attrelid = c.conrelid and attname = 'network_id')) as own_key
                      from pg_constraint c
                     where c.contype = 'f' and c.connamespace = current_schema()::regnamespace)
                select fk.conrelid::regclass::text || ' (' || (
                         select string_agg(a.attname, ', ' order by k.ord)
                           from unnest(fk.conkey) with ordinality k(attnum, ord)
                           join pg_attribute a on a.attrelid = fk.conrelid and a.attnum = k.attnum)
                       || ') → ' || fk.confrelid::regclass::text
                  from fk
                 where not exists (
                         select 1
                           from pg_index i, lateral (values (fk.conkey), (fk.own_key)) served(cols)
                          where i.indrelid = fk.conrelid
                            and i.indisvalid
                            and cardinality(served.cols) > 0
                            and i.indnkeyatts >= cardinality(served.cols)
                            and (i.indkey::int2[])[0:cardinality(served.cols) - 1] @> served.cols
                            and (i.indkey::int2[])[0:cardinality(served.cols) - 1] <@ served.cols
                            and (i.indpred is null or pg_get_expr(i.indpred, i.indrelid) in (
                                   select '(' || a.attname || ' IS NOT NULL)' from pg_attribute a
                                    where a.attrelid = fk.conrelid and a.attnum = any (fk.conkey))))
                 order by 1
                """, String.class);
        assertThat(unserved)
                .as("foreign keys with no index that serves them: add one in a new migration")
                .isEmpty();
    }

    @Test
    void aComplaintsCategoryIsOneTheApplicationKnows() {
        List<String> allowed = jdbc.queryForList("""
                select pg_get_constraintdef(c.oid)
                  from pg_constraint c
                 where c.conrelid = 'complaint'::regclass and c.contype = 'c'
                   and pg_get_constraintdef(c.oid) like '%category%'
                """, String.class);
        assertThat(allowed).hasSize(1);
        Arrays.stream(ComplaintCategory.values())
                .forEach(category -> assertThat(allowed.get(0)).contains("'" + category.name() + "'"));
        assertThatThrownBy(() -> jdbc.update(
                        "update complaint set category = 'NOT_A_CATEGORY' where id = (select min(id) from complaint)"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
