package org.minutebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minutebook.people.PeopleService;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@MinutebookTest
class ApplicationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PeopleService people;

    @Test
    void runsOnPostgresqlWithTheSchemaFlywayOwns() {
        String product = jdbc.queryForObject("select version()", String.class);
        assertThat(product).startsWith("PostgreSQL");
        Integer applied = jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class);
        assertThat(applied).isGreaterThanOrEqualTo(1);
    }
}
