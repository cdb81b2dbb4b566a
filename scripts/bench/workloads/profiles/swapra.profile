# swapra: the swap-in readahead policies on the stress-ng VM
# class workloads that swap to the virtio disk, in one boot.  The
# patterned anonymous workload (tools/swapwl) runs under scripts/bench-swapra.
reps 3
policies stock swapra=leap swapra=learned
vm-mem 512M
vm-smp 2
scratch-size 1G
swap-size 512M
workload stress-ng/vm-swap.job
workload stress-ng/swapra-vm.job
