package dev.racereg.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** The typed row both decoders produce, so they do the same work per row. */
record Row(
    @JsonProperty("Order number") String orderNumber,
    @JsonProperty("First name") String firstName,
    @JsonProperty("Last name") String lastName,
    @JsonProperty("Payment") BigDecimal payment,
    @JsonProperty("Updated at") java.time.Instant updatedAt) {}
