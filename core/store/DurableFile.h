#pragma once

#include <QString>

namespace suanpan {

/**
 * \brief The two file-system steps that make a save survive a crash or a power cut.
 *
 * Writing a file and renaming it over the old one is atomic against a crash of the program (the rename is one
 * step), but without flushing, a power cut can still leave the new name pointing at data that never reached
 * the disk, or lose the rename itself. So: flush the new file, rename, flush the folder.
 */
namespace DurableFile {

/// Flushes the content of a (closed) file to the disk.
bool syncFile(const QString& path, QString* error);

/// Renames `from` over `to` in one step (rename(2) on POSIX) and flushes the folder holding `to`.
bool replace(const QString& from, const QString& to, QString* error);

} // namespace DurableFile

} // namespace suanpan
