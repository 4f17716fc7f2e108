package org.minutebook.publication.api;

import org.springframework.web.util.UriComponentsBuilder;

/** Every API object's id is its URL; built here from the address the request came to, so ids resolve where asked. */
record Urls(String site) {

    static final String API = "/api/v1";

    String api() {
        return site + API;
    }

    String system() {
        return api() + "/system";
    }

    String body(String key) {
        return api() + "/bodies/" + key;
    }

    String organization(long id) {
        return api() + "/organizations/" + id;
    }

    String person(long id) {
        return api() + "/people/" + id;
    }

    String membership(long id) {
        return api() + "/memberships/" + id;
    }

    String meeting(long id) {
        return api() + "/meetings/" + id;
    }

    String minutes(long meetingId) {
        return meeting(meetingId) + "/minutes";
    }

    String agendaItem(long id) {
        return api() + "/agenda-items/" + id;
    }

    String paper(long id) {
        return api() + "/papers/" + id;
    }

    String decision(long id) {
        return api() + "/decisions/" + id;
    }

    String action(long id) {
        return api() + "/actions/" + id;
    }

    String list(String collection, String filter, Object value) {
        return api() + "/" + collection + "?" + filter + "=" + value;
    }

    UriComponentsBuilder listBuilder(String collection) {
        return UriComponentsBuilder.fromUriString(api() + "/" + collection);
    }
}
