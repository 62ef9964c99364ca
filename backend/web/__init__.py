"""HTTP plumbing shared by the API and the admin (error bodies, session cookies, base schemas),
so that neither edge imports the other."""
