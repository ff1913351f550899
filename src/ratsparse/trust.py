"""Whether a file or folder can only have been written by the user running ratsparse.

ratsparse reads two kinds of things it did not get on the command line: configuration files found
in the folders above a checked file, and parse tables from its cache. Both change what it does,
so both are read only from places no other user can write: owned by this user (or by root, who
can change anything anyway) and not writable by group or others.

A folder writable by a group is still private when the group is the user's own private group
(the group named like the user, with no other members), the default on Debian and Ubuntu, where
folders are created group-writable for that reason. On systems without POSIX ownership (Windows)
every place counts as private; its ACLs are the operating system's business.
"""

from __future__ import annotations

import os
import stat


def _own_private_group(gid: int) -> bool:
    try:
        import grp
        import pwd
    except ImportError:  # not POSIX
        return False
    try:
        user = pwd.getpwuid(os.geteuid())
        group = grp.getgrgid(gid)
    except KeyError:  # a uid or gid without a name
        return False
    return (
        gid == user.pw_gid and group.gr_name == user.pw_name and set(group.gr_mem) <= {user.pw_name}
    )


def unsafe(st: os.stat_result, *, allow_root: bool = True) -> str | None:
    """Why another user could have written the file or folder with status ``st`` ("writable by
    others"); None if only this user could. ``st`` comes from ``lstat`` where links matter: a
    link is never trusted."""
    if not hasattr(os, "geteuid"):
        return None
    if stat.S_ISLNK(st.st_mode):
        return "a symbolic link"
    uid = os.geteuid()
    if st.st_uid != uid and not (allow_root and st.st_uid == 0):
        return "owned by another user"
    if st.st_mode & stat.S_IWOTH:
        return "writable by others"
    if st.st_mode & stat.S_IWGRP and not _own_private_group(st.st_gid):
        return "writable by its group"
    return None
