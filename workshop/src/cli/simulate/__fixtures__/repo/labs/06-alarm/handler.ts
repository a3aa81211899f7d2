// Test fixture: a module that fails while loading.
throw new Error('RESULTS_TABLE is not set');
