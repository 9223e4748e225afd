// Record-level rules of this module: who may do what to which record (the route checks the permission).
export {};
