package mototest

import "syscall"

// setParentDeathSignal has Linux kill the server if the test binary dies
// without stopping it (a panic, or a package without mototest.Main).
func setParentDeathSignal(a *syscall.SysProcAttr) { a.Pdeathsig = syscall.SIGKILL }
