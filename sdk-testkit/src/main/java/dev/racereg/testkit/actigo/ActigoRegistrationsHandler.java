package dev.racereg.testkit.actigo;

import dev.racereg.testkit.SimRequest;
import dev.racereg.testkit.SimResponses;
import java.util.Iterator;
import java.util.function.Function;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;

/**
 * {@code GET|PUT .../activities/{id}/registrations.json} and {@code .csv}: the activity's
 * registrations streamed, or a registration sync answered in the same format. The router has
 * already checked the key and the activity.
 */
final class ActigoRegistrationsHandler {

  private final ActigoSync sync;

  ActigoRegistrationsHandler(ActigoSync sync) {
    this.sync = sync;
  }

  MockResponse json(SimRequest request, ActivityState activity) {
    if (request.method().equals("GET")) {
      return ActigoJson.registrationStream(activity::iterator);
    }
    return ActigoJson.syncAnswer(sync.syncRegistrations(activity,
        ActigoSync.parseRegistrationsJson(request.bodyBytes())));
  }

  MockResponse csv(SimRequest request, ActivityState activity) {
    if (request.method().equals("GET")) {
      return ActigoCsv.stream(() -> map(activity.iterator(), ActigoSync::csvRow));
    }
    return SimResponses.text(200, ActigoCsv.CONTENT_TYPE, ActigoCsv.write(
        sync.syncRegistrations(activity, ActigoSync.parseRegistrationsCsv(request.bodyText()))
            .stream().map(o -> ActigoSync.csvRow(o.registration()))
            .collect(Collectors.toList())));
  }

  private static <A, B> Iterator<B> map(Iterator<A> source, Function<A, B> f) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return source.hasNext();
      }

      @Override
      public B next() {
        return f.apply(source.next());
      }
    };
  }
}
