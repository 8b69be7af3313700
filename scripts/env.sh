# Sourced by the scripts: one compute thread per training worker. LibTorch on OpenBLAS runs
# small federated models fastest as parallel clients, not parallel kernels (see README).
export OPENBLAS_NUM_THREADS=1
export OMP_NUM_THREADS=1
