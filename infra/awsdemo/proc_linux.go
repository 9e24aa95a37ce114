package main

import "syscall"

// dieWithParent has Linux kill the child if the demo dies without
// stopping it (killed, or a panic).
func dieWithParent(a *syscall.SysProcAttr) { a.Pdeathsig = syscall.SIGKILL }
