//go:build unix && !linux

package mototest

import "syscall"

func setParentDeathSignal(*syscall.SysProcAttr) {}
