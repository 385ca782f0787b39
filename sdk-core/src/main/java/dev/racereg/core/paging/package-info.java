/**
 * One {@link dev.racereg.core.paging.Page} abstraction over the platforms' paging styles (cursor,
 * page number, id watermark), with auto-paging iteration that re-sends the original parameters
 * and credentials for each page.
 */
package dev.racereg.core.paging;
