#ifndef CLINUX_H
#define CLINUX_H

/// The flags of Linux's renameat2(2).
enum {
    CLINUX_RENAME_NOREPLACE = 1 << 0,
    CLINUX_RENAME_EXCHANGE = 1 << 1,
};

/// renameat2(2) on paths relative to the current folder, which Swift's Glibc module
/// does not export: -1 with errno ENOSYS where the system has no such call.
int clinux_rename(const char *from, const char *to, unsigned int flags);

#endif
