package dev.racereg.testkit.letsdothis;

/** A row that list endpoints can filter by date and page through by cursor. */
interface LdtSortable {

  /** The row's id, the final tie-break of every sort. */
  String id();

  /** Creation time, epoch milliseconds. */
  long createdAtMillis();

  /** Last update time, epoch milliseconds. */
  long updatedAtMillis();
}
