/**
 * Files kept in PostgreSQL (evidence now, deliverables later): checked on the way in (size, type
 * told from the content, a safe name), written in 1 MiB chunks, and streamed back chunk by chunk.
 * Callers decide who may store, read or delete a file; this package only keeps it.
 */
package fr.pilotis.shared.files;
