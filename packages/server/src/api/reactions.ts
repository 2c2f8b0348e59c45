/**
 * The modules that react to domain events (shared/domain-events.ts), loaded with the API so that
 * their reactions are subscribed before any event is raised. A module that starts reacting to an
 * event is added here; raising an event nobody reacts to fails loudly.
 */
import '../modules/notification/notification.proposal';
import '../modules/saved-search/saved-search.alerts';
import '../modules/matching/listing-match.events';
import '../modules/webhook/webhook.events';
